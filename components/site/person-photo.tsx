import { mediaUrl } from "@/lib/media-urls";

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((part) => /^[A-Z]/.test(part))
    .map((part) => part[0])
    .slice(0, 2)
    .join("");
}

/** A staff photo from the media library, or the person's initials when there is none. */
export function PersonPhoto({ name, photoKey, photoAlt, size = 72 }: { name: string; photoKey: string | null; photoAlt: string | null; size?: number }) {
  if (!photoKey) {
    return (
      <span className="person-photo person-photo--initials" style={{ width: size, height: size }} aria-hidden="true">
        {initials(name)}
      </span>
    );
  }
  // eslint-disable-next-line @next/next/no-img-element -- already a sized WebP from our media route
  return <img className="person-photo" src={mediaUrl(photoKey, 320)} alt={photoAlt ?? ""} width={size} height={size} style={{ width: size, height: size }} />;
}
