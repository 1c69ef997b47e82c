import { describe, expect, it } from "vitest";
import { can } from "@/lib/auth/permissions";
import { canEditPost, intentPermission, statusAfter } from "./workflow";

const author = { id: 7, role: "author", disabled: false } as const;
const editor = { id: 8, role: "editor", disabled: false } as const;

describe("the workflow", () => {
  it("lets an author submit but not publish, schedule or unpublish", () => {
    expect(can(author, intentPermission("submit"))).toBe(true);
    for (const intent of ["publish", "schedule", "unpublish", "archive"] as const) expect(can(author, intentPermission(intent))).toBe(false);
    for (const intent of ["publish", "schedule", "unpublish", "archive"] as const) expect(can(editor, intentPermission(intent))).toBe(true);
  });

  it("lets an author edit only their own drafts and posts in review", () => {
    expect(canEditPost(author, { authorId: 7, status: "draft" })).toBe(true);
    expect(canEditPost(author, { authorId: 7, status: "in_review" })).toBe(true);
    expect(canEditPost(author, { authorId: 7, status: "published" })).toBe(false);
    expect(canEditPost(author, { authorId: 9, status: "draft" })).toBe(false);
    expect(canEditPost(editor, { authorId: 9, status: "published" })).toBe(true);
  });

  it("moves posts between statuses", () => {
    expect(statusAfter(null, "save")).toBe("draft");
    expect(statusAfter("draft", "submit")).toBe("in_review");
    expect(statusAfter("in_review", "publish")).toBe("published");
    expect(statusAfter("draft", "schedule")).toBe("scheduled");
    expect(statusAfter("published", "unpublish")).toBe("draft");
    expect(statusAfter("published", "archive")).toBe("archived");
  });

  it("never autosaves a scheduled post; a published post's autosave stays published (as pending changes)", () => {
    expect(statusAfter("published", "autosave")).toBe("published");
    expect(statusAfter("scheduled", "autosave")).toBeNull();
    expect(statusAfter("draft", "autosave")).toBe("draft");
  });
  it("updates (\"Bijwerken\") only a published post, and only an editor may", () => {
    expect(statusAfter("published", "update")).toBe("published");
    for (const status of ["draft", "in_review", "scheduled", "archived"] as const) expect(statusAfter(status, "update")).toBeNull();
    expect(can(author, intentPermission("update"))).toBe(false);
    expect(can(editor, intentPermission("update"))).toBe(true);
  });
});
