import { z } from "zod";
import { ZPassword } from "@/lib/users/schemas";

export const ZChangePassword = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(200),
    newPassword: ZPassword,
    confirmPassword: z.string().max(200),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords differ.",
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ["newPassword"],
    message: "Choose a password you are not using now.",
  });

export const ZNoInput = z.object({}).loose();
