import { FormField } from "@/components/ui/form-field";

/** The new password and its repetition, as on the account page and the one-time link page. */
export function NewPasswordFields({ errors, labels }: { errors?: Record<string, string>; labels: { newPassword: string; confirmPassword: string } }) {
  return (
    <>
      <FormField
        name="newPassword"
        label={labels.newPassword}
        type="password"
        required
        autoComplete="new-password"
        hint="Minstens 12 tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden."
        error={errors?.newPassword}
      />
      <FormField name="confirmPassword" label={labels.confirmPassword} type="password" required autoComplete="new-password" error={errors?.confirmPassword} />
    </>
  );
}
