import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="notice-page">
      <h1 className="page-title">Geen toegang</h1>
      <p>U heeft niet de rechten om deze pagina te bekijken. Neem contact op met een beheerder als u denkt dat dit niet klopt.</p>
      <p>
        <Link href="/redactie">Naar het overzicht</Link>
      </p>
    </div>
  );
}
