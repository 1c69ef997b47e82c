// The role names as plain values, for schemas used in the browser (db/schema must not reach client bundles).
export const ROLE_VALUES = ["admin", "editor", "author"] as const;
