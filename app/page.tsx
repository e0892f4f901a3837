import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/server/auth/current-user';

export default async function Home() {
  redirect((await getCurrentUser()) ? '/articles' : '/sign-in');
}
