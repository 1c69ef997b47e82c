"use client";

import type { Editor } from "@tiptap/react";
import { useRef, type KeyboardEvent } from "react";

export type ToolbarButton = { label: string; run: () => void; active?: boolean; disabled?: boolean; text: string };

/** One tab stop for the whole toolbar; arrow keys, Home and End move between its buttons (WAI-ARIA toolbar). */
export function Toolbar({ buttons, label }: { buttons: ToolbarButton[]; label: string; editor: Editor }) {
  const ref = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = Array.from(ref.current?.querySelectorAll<HTMLButtonElement>("button:not([disabled])") ?? []);
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    const target = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: items.length - 1 }[event.key];
    if (target === undefined || items.length === 0) return;
    event.preventDefault();
    const next = items[(target + items.length) % items.length]!;
    items.forEach((item) => (item.tabIndex = item === next ? 0 : -1));
    next.focus();
  };
  return (
    <div ref={ref} role="toolbar" aria-label={label} className="editor-toolbar" onKeyDown={onKeyDown}>
      {buttons.map((button, i) => (
        <button
          key={button.label}
          type="button"
          tabIndex={i === 0 ? 0 : -1}
          title={button.label}
          aria-pressed={button.active === undefined ? undefined : button.active}
          disabled={button.disabled}
          onMouseDown={(event) => event.preventDefault()}
          onClick={button.run}
        >
          {/* The visible short text is decoration; the name is the full Dutch label (WCAG 2.5.3 stays satisfied). */}
          <span aria-hidden="true">{button.text}</span>
          <span className="visually-hidden">{button.label}</span>
        </button>
      ))}
    </div>
  );
}
