"use server";

import { revalidatePath } from "next/cache";
import { recordAudit } from "@/db/queries/audit";
import { getMedia } from "@/db/queries/media";
import { defineAction, invalid } from "@/lib/actions/define-action";
import { withWriteRetry } from "@/lib/database-busy";
import { refreshPublicPages } from "@/lib/posts/public-cache";
import { settingsFormSchema } from "@/lib/settings/settings-form";
import { saveSiteSettings } from "@/lib/settings/site-settings";

// Admins only (checked here as well as on the page): the site's name, contact details and policies.
export const saveSettingsAction = defineAction({
  permission: "settings.manage",
  schema: settingsFormSchema,
  invalidMessage: "De instellingen zijn nog niet opgeslagen. Controleer de gemarkeerde velden.",
  handler: async ({ data, user, formData }) => {
    if (data.logoMediaId !== null && !getMedia({ id: data.logoMediaId })) {
      return invalid(formData, { logoMediaId: "Deze afbeelding bestaat niet meer. Kies een andere." });
    }
    await withWriteRetry(() => saveSiteSettings({ values: data, userId: user.id }));
    recordAudit({ action: "settings.update", userId: user.id, detail: { keys: Object.keys(data) } });
    // Header, footer, contact page, metadata and feeds all show settings: every public page renders afresh.
    refreshPublicPages();
    revalidatePath("/redactie", "layout");
    return { status: "success", message: "De instellingen zijn opgeslagen. De site toont ze meteen." };
  },
});
