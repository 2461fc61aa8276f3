// Request limits shared by the server and the web forms.

/** JSON bodies above this size are refused with 413 before parsing. */
export const MAX_JSON_BODY_BYTES = 1_048_576;
