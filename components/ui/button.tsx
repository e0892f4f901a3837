import { clsx } from 'clsx';

const variants = {
  primary: 'bg-stone-900 text-white hover:bg-stone-700 disabled:bg-stone-400',
  secondary: 'border border-stone-300 bg-white text-stone-900 hover:bg-stone-100 disabled:text-stone-400',
  danger: 'border border-red-300 bg-white text-red-800 hover:bg-red-50',
  ghost: 'text-stone-700 hover:bg-stone-200/60',
} as const;

type ButtonProps = React.ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: keyof typeof variants;
  size?: 'sm' | 'md';
};

export function buttonClass(variant: keyof typeof variants = 'primary', size: 'sm' | 'md' = 'md'): string {
  return clsx(
    'inline-flex items-center justify-center gap-2 rounded-md font-medium transition-colors disabled:cursor-not-allowed',
    size === 'sm' ? 'px-2.5 py-1 text-sm' : 'px-4 py-2 text-sm',
    variants[variant],
  );
}

export function Button({ variant = 'primary', size = 'md', className, type = 'button', ...props }: ButtonProps) {
  return <button type={type} className={clsx(buttonClass(variant, size), className)} {...props} />;
}
