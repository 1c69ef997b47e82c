import { describe, expect, it } from "vitest";
import { imageSources, largestVariant } from "./media-urls";

const key = "a".repeat(24);

describe("responsive sources of an uploaded image", () => {
  it("lists every generated width of a large image", () => {
    expect(imageSources({ storageKey: key, width: 3000 })).toEqual({
      src: `/media/${key}/1280.webp`,
      srcSet: `/media/${key}/320.webp 320w, /media/${key}/640.webp 640w, /media/${key}/960.webp 960w, /media/${key}/1280.webp 1280w`,
    });
  });

  it("describes a small image by its real width and names it once", () => {
    expect(imageSources({ storageKey: key, width: 800 })).toEqual({
      src: `/media/${key}/960.webp`,
      srcSet: `/media/${key}/320.webp 320w, /media/${key}/640.webp 640w, /media/${key}/960.webp 800w`,
    });
  });

  it("gives the largest file with its real size for share images and feeds", () => {
    expect(largestVariant({ storageKey: key, width: 2560, height: 1440 })).toEqual({ url: `/media/${key}/1280.webp`, width: 1280, height: 720 });
    expect(largestVariant({ storageKey: key, width: 600, height: 400 })).toEqual({ url: `/media/${key}/640.webp`, width: 600, height: 400 });
  });
});
