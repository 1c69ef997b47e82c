import type { Metadata } from "next";
import { DateTime } from "@/components/ui/date-time";
import { listQuestionsForInbox } from "@/db/queries/questions";
import { questionRecipientScope } from "@/lib/auth/scope";
import { requirePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Vragen" };

const STATUS = { new: "Nieuw", in_progress: "In behandeling", answered: "Beantwoord", spam: "Spam" } as const;

export default async function QuestionsPage() {
  const user = await requirePermission("question.readOwn", "/redactie/vragen");
  const questions = listQuestionsForInbox({ recipientId: questionRecipientScope(user) });
  return (
    <>
      <h1 className="page-title">Vragen</h1>
      {questions.length === 0 ? (
        <p>Er zijn geen vragen voor u.</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">Vragen, nieuwste eerst</caption>
            <thead>
              <tr>
                <th scope="col">Van</th>
                <th scope="col">Over</th>
                <th scope="col">Voor</th>
                <th scope="col">Status</th>
                <th scope="col">Ontvangen</th>
              </tr>
            </thead>
            <tbody>
              {questions.map((q) => (
                <tr key={q.id}>
                  <th scope="row">{q.name}</th>
                  <td>{q.postTitle ?? "Algemeen"}</td>
                  <td>{q.recipientName ?? "Algemene inbox"}</td>
                  <td>{STATUS[q.status]}</td>
                  <td>
                    <DateTime value={q.createdAt} withTime />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
