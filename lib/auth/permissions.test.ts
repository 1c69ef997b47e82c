import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, type Permission } from "./permissions";

const author = { role: "author", disabled: false } as const;
const editor = { role: "editor", disabled: false } as const;
const admin = { role: "admin", disabled: false } as const;

describe("the permission table", () => {
  it("lets an author write, edit own posts, submit them and read questions addressed to them", () => {
    for (const p of ["post.create", "post.editOwn", "post.submit", "question.readOwn"] as Permission[]) expect(can(author, p)).toBe(true);
  });

  it("does not let an author publish, edit others' posts, read all questions, manage people, media or users", () => {
    for (const p of ["post.publish", "post.editAny", "question.readAny", "person.manage", "media.manage", "user.manage"] as Permission[]) {
      expect(can(author, p)).toBe(false);
    }
  });

  it("lets an editor do everything with posts, people, media and questions, but not manage users or see the system", () => {
    for (const p of ["post.publish", "post.editAny", "person.manage", "media.manage", "question.readAny"] as Permission[]) expect(can(editor, p)).toBe(true);
    expect(can(editor, "user.manage")).toBe(false);
    expect(can(editor, "system.view")).toBe(false);
    expect(can(author, "system.view")).toBe(false);
  });

  it("gives an admin every permission", () => {
    for (const p of Object.keys(PERMISSIONS) as Permission[]) expect(can(admin, p)).toBe(true);
  });

  it("gives unknown and disabled accounts nothing", () => {
    for (const p of Object.keys(PERMISSIONS) as Permission[]) {
      expect(can(null, p)).toBe(false);
      expect(can(undefined, p)).toBe(false);
      expect(can({ role: "admin", disabled: true }, p)).toBe(false);
    }
  });
});
