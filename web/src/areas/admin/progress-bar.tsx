// An upload's progress as a native <progress> with its label and percentage.
import { useId } from 'react';

/** Shows how much of an upload has gone out (0…1). */
export function ProgressBar({ label, value }: { label: string; value: number }) {
  const id = useId();
  const percent = Math.round(value * 100);
  return (
    <div className="admin-progress">
      <label htmlFor={id}>{label}</label>
      <progress id={id} max={100} value={percent}>
        {percent}%
      </progress>
      <span aria-hidden="true">{percent}%</span>
    </div>
  );
}
