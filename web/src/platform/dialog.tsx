import { type ReactNode, type RefObject, useEffect, useId, useRef } from 'react';

interface ModalDialogProps {
  title: string;
  /** What will happen: the dialog's description. */
  message: ReactNode;
  /** Fields to fill before the act (a reason), between the message and the buttons. */
  children?: ReactNode;
  /** Escape, or the browser closing the dialog: the safe answer. */
  onDismiss: () => void;
  /** What takes the focus when the dialog opens (the safe button, or the first field to fill). */
  initialFocus: RefObject<HTMLElement | null>;
  /** The buttons, last in the dialog. */
  actions: ReactNode;
}

/**
 * A modal dialog of our own (native <dialog>: the page behind is inert, focus stays inside, Escape dismisses),
 * labelled by its title and described by its body; the focus returns where it was when it closes.
 */
export function ModalDialog({ title, message, children, onDismiss, initialFocus, actions }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const dismiss = useRef(onDismiss);
  dismiss.current = onDismiss;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const onCancel = (event: Event) => {
      event.preventDefault();
      dismiss.current();
    };
    dialog.addEventListener('cancel', onCancel);
    if (!dialog.open) dialog.showModal();
    initialFocus.current?.focus();
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.close();
      before?.focus();
    };
  }, [initialFocus]);

  return (
    <dialog ref={ref} className="modal" aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`}>
      <h2 id={`${id}-title`} className="modal-title">
        {title}
      </h2>
      <div id={`${id}-body`} className="modal-body">
        {message}
      </div>
      {children}
      <div className="modal-actions">{actions}</div>
    </dialog>
  );
}
