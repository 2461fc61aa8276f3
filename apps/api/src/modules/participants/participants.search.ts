// Names as they are searched; the normalisation itself lives with the column it fills (@tutti/db).
export { normaliseForSearch, searchNameOf } from '@tutti/db';
