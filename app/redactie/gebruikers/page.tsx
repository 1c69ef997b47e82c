import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import { CreateUserForm } from "@/components/redactie/create-user-form";
import { ActionForm } from "@/components/ui/action-form";
import { DateTime } from "@/components/ui/date-time";
import { hasSecondFactor } from "@/db/queries/second-factor";
import { listUsers } from "@/db/queries/users";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { changeRoleAction, resetPasswordAction, resetSecondFactorAction, setDisabledAction } from "./actions";

export const metadata: Metadata = { title: "Gebruikers" };

export default async function UsersPage() {
  const me = await requirePermission("user.manage", "/redactie/gebruikers");
  const users = listUsers().map((user) => ({ ...user, secondFactor: hasSecondFactor({ userId: user.id }) }));
  return (
    <>
      <h1 className="page-title">Gebruikers</h1>
      <DataTable caption="Alle gebruikers" columns={["Naam", "E-mailadres", "Rol", "Status", "Tweestaps", "Laatst ingelogd", "Acties"]}>
        {users.map((user) => (
          <tr key={user.id}>
            <th scope="row">{user.name}</th>
            <td>{user.email}</td>
            <td>
              <ActionForm action={changeRoleAction} submitLabel="Rol wijzigen" quiet>
                <input type="hidden" name="userId" value={user.id} />
                <label className="visually-hidden" htmlFor={`rol-${user.id}`}>
                  Rol van {user.name}
                </label>
                <select id={`rol-${user.id}`} name="role" defaultValue={user.role}>
                  {Object.entries(ROLE_LABELS).map(([role, label]) => (
                    <option key={role} value={role}>
                      {label}
                    </option>
                  ))}
                </select>
              </ActionForm>
            </td>
            <td>{user.disabled ? "Geblokkeerd" : "Actief"}</td>
            <td>{user.secondFactor ? "Aan" : "Uit"}</td>
            <td>{user.lastLoginAt ? <DateTime value={user.lastLoginAt} withTime /> : "Nooit"}</td>
            <td className="row-actions">
              {user.id !== me.id && (
                <ActionForm action={setDisabledAction} submitLabel={user.disabled ? `${user.name} deblokkeren` : `${user.name} blokkeren`} quiet>
                  <input type="hidden" name="userId" value={user.id} />
                  <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
                </ActionForm>
              )}
              <ActionForm action={resetPasswordAction} submitLabel={`Wachtwoord van ${user.name} opnieuw instellen`} quiet>
                <input type="hidden" name="userId" value={user.id} />
              </ActionForm>
              {user.secondFactor && (
                <ActionForm action={resetSecondFactorAction} submitLabel={`Tweestapsverificatie van ${user.name} uitzetten`} quiet>
                  <input type="hidden" name="userId" value={user.id} />
                </ActionForm>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
      <section aria-labelledby="nieuwe-gebruiker" className="panel">
        <h2 id="nieuwe-gebruiker">Nieuwe gebruiker</h2>
        <CreateUserForm />
      </section>
    </>
  );
}
