import { z } from "zod";

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "Email is too long (254 characters at most).")
  .pipe(z.email("Enter a valid email address, like you@example.com."));

export const ZPassword = z
  .string()
  .min(10, "Use at least 10 characters for your password.")
  .max(200, "Passwords can be at most 200 characters.");

export const ZTimezone = z
  .string()
  .max(64)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, "Unknown time zone.");

export const ZSignUp = z.object({
  name: z.string().trim().min(1, "Tell us your name.").max(80, "Names can be at most 80 characters."),
  email: ZEmail,
  password: ZPassword,
  timezone: ZTimezone.catch("UTC"),
});
export type TSignUp = z.infer<typeof ZSignUp>;

export const ZSignIn = z.object({
  email: ZEmail,
  password: z.string().min(1, "Enter your password.").max(200),
});
export type TSignIn = z.infer<typeof ZSignIn>;
