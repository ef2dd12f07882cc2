import './popover.css';
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type ToggleEvent } from 'react';
import { anchorPoint, anchorStyle, nextAnchor, type AnchorPoint, type PopoverAlign } from './popover-anchor.ts';
import { isRightToLeft } from '../i18n/translate.ts';

// Where focus goes in an opened panel: its first button or checkbox, as a menu button focuses
// its first item. Not a text field: on a phone that would raise the keyboard over the panel.
const FIRST_ITEM = 'button:not([disabled]), input[type="checkbox"]:not([disabled])';

/**
 * A button and the panel it opens, on the native `popover` attribute: the browser opens and
 * closes it from the button, closes it on a click outside, and shows it in the top layer, over
 * everything, inside an iframe too. This adds what the WAI-ARIA menu-button and disclosure
 * patterns ask for: focus moves into the panel when it opens and back to the button when it
 * closes from inside; Tab past the panel closes it; Esc closes it here, so that the screen's
 * own Esc (clear the selection) does not run as well. The panel sits under its button, lined up
 * with the edge `align` names (popover.css keeps it on screen).
 *
 * Spread `buttonProps` on the button and `panelProps` on the panel (with the class `popover`,
 * and `popover--end` for `align` 'end'); render the panel's content only while `open`.
 */
export function usePopover(align: PopoverAlign) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [anchor, setAnchor] = useState<AnchorPoint>();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  // Shown before its content was rendered (the panel renders it once open, and a filter list
  // waits for its words): its first item takes focus once it is there, if focus is still on
  // the panel itself. Without this, focus stayed on the panel now and then.
  const focusFirstLater = useRef(false);
  useLayoutEffect(() => {
    if (!focusFirstLater.current) return;
    const first = panel.current?.querySelector<HTMLElement>(FIRST_ITEM);
    if (!first) return;
    focusFirstLater.current = false;
    if (document.activeElement === panel.current) first.focus({ preventScroll: true });
  });

  const place = useCallback(() => {
    const box = button.current?.getBoundingClientRect();
    if (box) setAnchor((previous) => nextAnchor(previous, anchorPoint(box, align, isRightToLeft())));
  }, [align]);

  // The panel is fixed in the viewport and its button scrolls with the page: follow the button.
  useEffect(() => {
    if (!open) return;
    window.addEventListener('resize', place);
    document.addEventListener('scroll', place, { capture: true, passive: true });
    return () => {
      window.removeEventListener('resize', place);
      document.removeEventListener('scroll', place, { capture: true });
    };
  }, [open, place]);

  const close = useCallback(() => panel.current?.hidePopover(), []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault(); // the screen's Esc (clear the selection) is not meant
    close();
    button.current?.focus();
  };

  // Focus moving past the button and the panel (Tab, Shift+Tab, a click on another control) closes
  // it; a click on nothing is the browser's light dismiss.
  const onBlur = (event: FocusEvent) => {
    const to = event.relatedTarget;
    if (open && to instanceof Node && !panel.current?.contains(to) && to !== button.current) close();
  };

  const panelProps = {
    id,
    ref: panel,
    popover: 'auto' as const,
    tabIndex: -1,
    style: anchorStyle(anchor),
    onBeforeToggle: (event: ToggleEvent<HTMLDivElement>) => {
      const opening = event.newState === 'open';
      // Placed before the browser shows it, so it never flashes at the centre of the screen.
      if (opening) place();
      // Closing with focus inside: focus goes back to the button, not to the page.
      else if (event.currentTarget.contains(document.activeElement)) button.current?.focus({ preventScroll: true });
      setOpen(opening);
    },
    onToggle: (event: ToggleEvent<HTMLDivElement>) => {
      // Only now is it shown: a hidden element cannot take focus.
      focusFirstLater.current = false;
      if (event.newState !== 'open') return;
      const target = event.currentTarget;
      const first = target.querySelector<HTMLElement>(FIRST_ITEM);
      focusFirstLater.current = !first;
      (first ?? target).focus({ preventScroll: true });
    },
    onKeyDown,
    onBlur,
  };
  const buttonProps = { ref: button, popoverTarget: id, 'aria-expanded': open, 'aria-controls': id, onKeyDown, onBlur };
  return { open, buttonProps, panelProps };
}
