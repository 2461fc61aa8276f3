// This phone's device id, read once from the offline store, so the door can say whether a ticket
// was used here or on another phone.
import { deviceId } from '@/lib/offline/device-store';

let known: string | null = null;
void deviceId().then((id) => {
  known = id;
});

/** Whether an entry was recorded on this phone (false until the id is read). */
export function deviceIdSeen(id: string) {
  return known !== null && id === known;
}
