import Link from "next/link";

export default function NotFound() {
  return (
    <div className="notice-page">
      <h1 className="page-title">Pagina niet gevonden</h1>
      <p>De pagina die u zoekt bestaat niet (meer) of is verplaatst.</p>
      <p>
        <Link href="/">Naar de voorpagina</Link>
      </p>
    </div>
  );
}
