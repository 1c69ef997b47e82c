// Sizes of the question form's fields, shared by the form (a client component) and the schema. No dependencies, so
// no validation library lands in a reader's JavaScript.
export const NAME_MAX = 120;
export const ORGANISATION_MAX = 200;
export const EMAIL_MAX = 254;
export const MESSAGE_MAX = 5000;
