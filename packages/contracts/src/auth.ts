// Accounts: sign-up, sign-in, e-mail verification, password reset, and the current user.
import { z } from 'zod';
import {
  DisplayNameSchema,
  EmailSchema,
  IdSchema,
  LocaleSchema,
  PasswordSchema,
  RoleSchema,
  TokenSchema,
} from './common';

export const SignUpBodySchema = z.strictObject({
  email: EmailSchema,
  password: PasswordSchema,
  displayName: DisplayNameSchema,
  locale: LocaleSchema.optional(),
});
export type SignUpBody = z.infer<typeof SignUpBodySchema>;

export const SignInBodySchema = z.strictObject({
  email: EmailSchema,
  // Sign-in accepts any length up to the limit: old or imported passwords may be shorter.
  password: z.string().min(1).max(256),
});
export type SignInBody = z.infer<typeof SignInBodySchema>;

export const TokenBodySchema = z.strictObject({ token: TokenSchema });

export const PasswordResetRequestBodySchema = z.strictObject({ email: EmailSchema });

export const PasswordResetConfirmBodySchema = z.strictObject({
  token: TokenSchema,
  password: PasswordSchema,
});

/** Accepted requests whose outcome must not reveal whether an account exists. */
export const AcceptedSchema = z.object({ status: z.literal('accepted') });

/**
 * A sign-up or a password reset accepted: the link leaves by e-mail, or, on a server without
 * SMTP, is printed on the server's console (the same for every address: it says nothing of it).
 */
export const AccountMailAcceptedSchema = AcceptedSchema.extend({
  delivery: z.enum(['email', 'serverConsole']),
});
export type AccountMailAccepted = z.infer<typeof AccountMailAcceptedSchema>;

export const UserSchema = z.object({
  id: IdSchema,
  email: z.string(),
  displayName: z.string(),
  locale: LocaleSchema,
});
export type User = z.infer<typeof UserSchema>;

export const MembershipSchema = z.object({
  orgId: IdSchema,
  orgName: z.string(),
  role: RoleSchema,
  isDemo: z.boolean(),
});
export type Membership = z.infer<typeof MembershipSchema>;

export const MeSchema = z.object({
  user: UserSchema,
  memberships: z.array(MembershipSchema),
  /** Send it back in the `x-csrf-token` header of every write made with the login cookie. */
  csrfToken: z.string(),
});
export type Me = z.infer<typeof MeSchema>;

export const UpdateMeBodySchema = z
  .strictObject({
    displayName: DisplayNameSchema.optional(),
    locale: LocaleSchema.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { message: 'Nothing to update' });
export type UpdateMeBody = z.infer<typeof UpdateMeBodySchema>;
