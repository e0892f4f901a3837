import { clsx } from 'clsx';
import { useId } from 'react';

type FieldProps = {
  label: string;
  name: string;
  errors?: string[];
  hint?: string;
  children?: never;
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, 'name' | 'children'>;

export const inputClass =
  'w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-stone-900 shadow-sm placeholder:text-stone-400 focus:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-600/30 aria-[invalid=true]:border-red-600';

type Wiring = { id: string; 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };

/** The label, hint and errors of one control, wired to it for screen readers. */
function FieldFrame({ label, errors, hint, className, control }: { label: string; errors?: string[]; hint?: string; className?: string; control: (wiring: Wiring) => React.ReactNode }) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={clsx('space-y-1', className)}>
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      {control({ id, 'aria-invalid': errors?.length ? true : undefined, 'aria-describedby': describedBy || undefined })}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-stone-600">
          {hint}
        </p>
      )}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled input with its hint and errors wired to it for screen readers. */
export function Field({ label, name, errors, hint, className, ...input }: FieldProps) {
  return <FieldFrame label={label} errors={errors} hint={hint} className={className} control={(wiring) => <input name={name} className={inputClass} {...wiring} {...input} />} />;
}

type TextAreaFieldProps = { label: string; name: string; errors?: string[]; hint?: string; required?: boolean; defaultValue?: string; rows?: number };

/** A labelled text area, wired like Field. */
export function TextAreaField({ label, name, errors, hint, rows = 3, ...textarea }: TextAreaFieldProps) {
  return <FieldFrame label={label} errors={errors} hint={hint} control={(wiring) => <textarea name={name} rows={rows} className={clsx(inputClass, 'text-sm')} {...wiring} {...textarea} />} />;
}

type SelectFieldProps = { label: string; name: string; options: readonly (readonly [value: string, text: string])[]; errors?: string[]; defaultValue?: string };

/** A labelled choice among options ([value, text]), wired like Field. */
export function SelectField({ label, name, options, errors, defaultValue }: SelectFieldProps) {
  return (
    <FieldFrame
      label={label}
      errors={errors}
      control={(wiring) => (
        <select name={name} defaultValue={defaultValue} className={clsx(inputClass, 'text-sm')} {...wiring}>
          {options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      )}
    />
  );
}

export function FormError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {message}
    </p>
  );
}
