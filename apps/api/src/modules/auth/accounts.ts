// Accounts looked up and created for other modules inside their transaction: a member invitation
// accepted by an address without an account creates it (the link proves the address).
import * as accounts from './auth.repository';

export function findUserByEmail(...args: Parameters<typeof accounts.findUserByEmail>) {
  return accounts.findUserByEmail(...args);
}

export function insertUser(...args: Parameters<typeof accounts.insertUser>) {
  return accounts.insertUser(...args);
}
