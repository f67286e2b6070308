import type { ComponentChildren } from 'preact';
import { t } from '../utils/platform/i18n';

/** Every error a person sees goes through here, so assistive tech announces it. */
export function Alert({ children, onDismiss }: { children: ComponentChildren; onDismiss?: () => void }) {
  return (
    <div role="alert" class="alert">
      {children}
      {onDismiss && (
        <button type="button" class="small" onClick={onDismiss}>
          {t('common.dismiss')}
        </button>
      )}
    </div>
  );
}
