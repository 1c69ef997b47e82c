"use client";

import { useCallback, useEffect, useRef } from "react";

export const LEAVE_QUESTION = "Er zijn wijzigingen die nog niet zijn opgeslagen. Als u deze pagina verlaat, gaan ze verloren. Toch verlaten?";

// Marks the extra history entry (Next.js keeps its own fields beside it).
const GUARD_MARK = "__unsavedChangesGuard";

/** A link this page should ask about: same origin, same tab, a real navigation (not an anchor on this page). */
function guardedLink(event: MouseEvent): boolean {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  const anchor = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!(anchor instanceof HTMLAnchorElement)) return false;
  // Links inside the text being edited do not navigate; other tabs and downloads leave this page alone.
  if (anchor.closest("[contenteditable='true']") || (anchor.target && anchor.target !== "_self") || anchor.hasAttribute("download")) return false;
  const url = new URL(anchor.href, window.location.href);
  // Other sites unload this page, and beforeunload asks about that.
  if (url.origin !== window.location.origin) return false;
  const here = window.location;
  return !(url.pathname === here.pathname && url.search === here.search && url.hash !== "");
}

/**
 * Asks before unsaved changes are lost: on reload or closing the tab (beforeunload), and, because the App Router
 * navigates inside the page where beforeunload never fires, on clicked links (a capture-phase listener that runs
 * before Next's <Link>) and on the back button (an extra history entry whose popstate we can answer).
 * `release()` lets the page leave without asking, e.g. to reload after discarding the changes.
 */
export function useUnsavedChangesGuard(dirty: boolean) {
  // Whether our extra history entry is the current one.
  const armed = useRef(false);
  const arm = useCallback(() => {
    window.history.pushState({ ...(window.history.state as object | null), [GUARD_MARK]: true }, "", window.location.href);
    armed.current = true;
  }, []);
  const dirtyNow = useRef(dirty);
  const released = useRef(false);

  useEffect(() => {
    dirtyNow.current = dirty;
  }, [dirty]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      if (!released.current) event.preventDefault();
    };
    const onClick = (event: MouseEvent) => {
      if (released.current || !guardedLink(event)) return;
      if (window.confirm(LEAVE_QUESTION)) {
        released.current = true;
        return;
      }
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener("beforeunload", warn);
    window.addEventListener("click", onClick, true);
    // The back button first returns to this same address; popstate below then asks whether to go on.
    if (!armed.current) arm();
    return () => {
      window.removeEventListener("beforeunload", warn);
      window.removeEventListener("click", onClick, true);
    };
  }, [dirty, arm]);

  useEffect(() => {
    const onPopState = () => {
      if (!armed.current) return;
      armed.current = false;
      if (released.current) return;
      // Saved meanwhile: nothing to lose, so finish the step back the person asked for.
      if (!dirtyNow.current || window.confirm(LEAVE_QUESTION)) {
        released.current = true;
        window.history.back();
        return;
      }
      arm();
    };
    // Back on an extra entry left by an earlier visit: the entry below is this page too.
    if ((window.history.state as Record<string, unknown> | null)?.[GUARD_MARK]) armed.current = true;
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, [arm]);

  const release = useCallback(() => {
    released.current = true;
  }, []);
  return { release };
}
