/**
 * Fills `{{name}}` slots. A slot without a value throws: a typo in a template must fail its unit test,
 * not send "{{dueDate}}" to a department head. `raw` values (markup built and escaped by the caller)
 * are inserted as they are; all others go through `encode`.
 */
export function fillTemplate(
  template: string,
  values: Record<string, string>,
  encode: (value: string) => string = (v) => v,
  raw: Record<string, string> = {},
): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (raw[name] !== undefined) return raw[name];
    const value = values[name];
    if (value === undefined) throw new Error(`template slot {{${name}}} has no value`);
    return encode(value);
  });
}
