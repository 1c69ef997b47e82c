import { formatDate, formatDateTime, isoDateTime } from "@/lib/dates";

export function DateTime({ value, withTime = false, className }: { value: Date; withTime?: boolean; className?: string }) {
  return (
    <time dateTime={isoDateTime(value)} className={className}>
      {withTime ? formatDateTime(value) : formatDate(value)}
    </time>
  );
}
