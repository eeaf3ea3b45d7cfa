/** What every call of a current platform service needs besides Authorization. */
export const PLATFORM_HEADERS = ['Citrix-CustomerId'];
