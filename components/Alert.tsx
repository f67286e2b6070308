import type { ComponentChildren } from 'preact';

/** Every error a person sees goes through here, so assistive tech announces it. */
export function Alert({ children, onDismiss }: { children: ComponentChildren; onDismiss?: () => void }) {
  return (
    <div role="alert" class="alert">
      {children}
      {onDismiss && (
        <button type="button" class="small" onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </div>
  );
}
