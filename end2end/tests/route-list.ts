import type { Page } from '@playwright/test';

// Every route of the application and who may open it, shared by the route and accessibility
// sweeps.

export type Audience = 'public' | 'logged_in' | string[];

// The router's routes with who may open them (app/src/app.rs, each feature's ui/routes.rs);
// dynamic ones are found by following the links each role sees.
export const STATIC: [string, Audience][] = [
  ['/', 'public'],
  ['/simulasi/predikat', 'public'],
  ['/penghargaan', 'public'],
  ['/masuk', 'public'],
  ['/ganti-sandi', 'logged_in'],
  ['/tugas', 'logged_in'],
  ['/360', 'logged_in'],
  ['/mentoring', 'logged_in'],
  ['/saya', ['pegawai']],
  ['/saya/skp', ['pegawai']],
  ['/karier', ['pegawai']],
  ['/pelatihan', ['pegawai']],
  ['/saya/pembelajaran', ['pegawai']],
  ['/saya/pendidikan', ['pegawai']],
  ['/saya/pengembangan', ['pegawai']],
  ['/tim/pengembangan', ['pejabat_penilai']],
  ['/persetujuan/belajar', ['pejabat_penilai', 'admin_instansi']],
  ['/tim', ['pejabat_penilai']],
  ['/tim/distribusi', ['pejabat_penilai']],
  ['/persetujuan', ['atasan_pejabat_penilai']],
  ['/evaluasi', ['admin_instansi', 'tim_evaluasi']],
  ['/admin/progres', ['admin_instansi', 'tim_evaluasi']],
  ['/admin', ['admin_instansi']],
  ['/admin/audit', ['admin_instansi', 'platform_admin']],
  ['/admin/unit', ['admin_instansi']],
  ['/admin/peran', ['admin_instansi']],
  ['/admin/periode', ['admin_instansi']],
  ['/admin/pelatihan', ['admin_instansi']],
  ['/admin/pembelajaran', ['admin_instansi']],
  ['/platform', ['platform_admin']],
];

// Dynamic routes: the first link of each pattern a role can see is opened directly too.
export const DYNAMIC = [
  /^\/pegawai\/\d+$/,
  /^\/tim\/skp\/\d+$/,
  /^\/dokumen\/skp\/\d+$/,
  /^\/dokumen\/evaluasi\/\d+\/\d+$/,
  /^\/keberatan\/\d+$/,
  /^\/admin\/pegawai\/\d+$/,
  /^\/karier\/\d+$/,
  /^\/admin\/pelatihan\/\d+$/,
];

export const ROLES = [
  'pegawai',
  'pejabat_penilai',
  'atasan_pejabat_penilai',
  'tim_evaluasi',
  'admin_instansi',
  'platform_admin',
];

/** The roles of the logged-in user as the server wrote them into the page. */
export async function sessionRoles(page: Page): Promise<string[] | null> {
  return page.evaluate(() => {
    const user = JSON.parse(document.getElementById('session-user')?.textContent || 'null');
    return user ? (user.roles as string[]) : null;
  });
}

export function expectedStatus(audience: Audience, roles: string[] | null): number {
  if (audience === 'public') return 200;
  if (roles === null) return 401;
  if (audience === 'logged_in') return 200;
  return audience.some((r) => roles.includes(r)) ? 200 : 404;
}

