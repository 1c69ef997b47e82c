// Form schemas for accounts; small shared fields, one schema per form (used by pages and actions).
import { z } from "@/lib/zod";
import { emailAddress, singleLine } from "@/lib/validation/text-fields";
import { ROLES } from "@/db/schema";
import { passwordField } from "./password-policy";

const name = singleLine("Een naam", { max: 120, required: "Vul een naam in." });
const email = emailAddress();
const role = z.enum(ROLES, { message: "Kies een rol." });
const userId = z.coerce.number().int().positive();
const newPasswordPair = { newPassword: passwordField, confirmPassword: z.string() };
const samePasswords: [(v: { newPassword: string; confirmPassword: string }) => boolean, { path: string[]; message: string }] = [
  (v) => v.newPassword === v.confirmPassword,
  { path: ["confirmPassword"], message: "De twee nieuwe wachtwoorden zijn niet gelijk." },
];

export const createUserSchema = z
  .object({
    name,
    email,
    role,
    setup: z.enum(["link", "password"], { message: "Kies hoe de gebruiker een wachtwoord krijgt." }),
    password: z.string().optional(),
  })
  .superRefine((value, ctx) => {
    if (value.setup !== "password") return;
    const result = passwordField.safeParse(value.password ?? "");
    if (!result.success) ctx.addIssue({ code: "custom", path: ["password"], message: result.error.issues[0]!.message });
  });

export const changeRoleSchema = z.object({ userId, role });
export const setDisabledSchema = z.object({ userId, disabled: z.enum(["true", "false"]).transform((v) => v === "true") });
export const userIdSchema = z.object({ userId });

export const accountNameSchema = z.object({ name });
export const changePasswordSchema = z
  .object({ currentPassword: z.string().min(1, "Vul uw huidige wachtwoord in.").max(1024, "Een wachtwoord mag hoogstens 1.024 tekens lang zijn."), ...newPasswordPair })
  .refine(...samePasswords);
export const setPasswordSchema = z.object({ token: z.string().min(20).max(200), ...newPasswordPair }).refine(...samePasswords);
