// The action ids a no-JavaScript form submission names, checked the way Next.js and React read them
// (`$ACTION_ID_<id>` without arguments; `$ACTION_REF_<n>` with a JSON descriptor in `$ACTION_<n>:0` and bound
// arguments in further `$ACTION_<n>:<k>` fields). A form that names none is not a server action.

export type ActionFields = { ids: string[] } | { malformed: true } | null;

function parseJson(value: FormDataEntryValue | null): unknown {
  if (typeof value !== "string") return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

export function actionFieldsOf(form: FormData): ActionFields {
  const ids: string[] = [];
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION_ID_")) {
      ids.push(key.slice("$ACTION_ID_".length));
    } else if (key.startsWith("$ACTION_REF_")) {
      const prefix = `$ACTION_${key.slice("$ACTION_REF_".length)}:`;
      const descriptor = parseJson(form.get(`${prefix}0`)) as { id?: unknown; bound?: unknown } | undefined;
      if (typeof descriptor?.id !== "string") return { malformed: true };
      // Every row of the bound arguments must be JSON, and a referenced row must be there.
      for (const [field, value] of form) {
        if (field.startsWith(prefix) && parseJson(value) === undefined) return { malformed: true };
      }
      const bound = typeof descriptor.bound === "string" ? /^\$@(\d+)$/.exec(descriptor.bound) : null;
      if (bound && !form.has(`${prefix}${bound[1]}`)) return { malformed: true };
      ids.push(descriptor.id);
    }
  }
  return ids.length > 0 ? { ids } : null;
}
