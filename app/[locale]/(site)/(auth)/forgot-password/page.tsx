import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { ForgotPasswordForm } from "./_components/forgot-password-form";

export const metadata: Metadata = { title: "Forgot your password?" };

export default function ForgotPasswordPage() {
  return (
    <div className="max-w-md">
      <PageHeader
        title="Forgot your password?"
        lead="Give your account's e-mail address: we send it a link to choose a new password."
      />
      <ForgotPasswordForm />
      <p className="mt-6">
        Remembered it? <Link href="/login">Sign in</Link>.
      </p>
    </div>
  );
}
