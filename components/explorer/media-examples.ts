/** The examples of a media type object, each with a title: `example`, or every entry of `examples`. */
export function mediaExamples(media: Record<string, unknown>): { title: string; value: unknown }[] {
  if ('example' in media) return [{ title: 'Example', value: media.example }];
  const examples = media.examples;
  if (typeof examples !== 'object' || examples === null) return [];
  return Object.entries(examples as Record<string, unknown>).flatMap(([name, example]) => {
    if (typeof example !== 'object' || example === null || !('value' in example)) return [];
    const summary = (example as { summary?: unknown }).summary;
    return [
      { title: typeof summary === 'string' ? summary : name, value: (example as { value: unknown }).value },
    ];
  });
}

/** An example as display text: JSON pretty-printed, strings as they are. */
export function exampleText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}
