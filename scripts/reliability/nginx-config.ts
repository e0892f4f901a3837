// The nginx configuration in front of Factdesk instances: the suite runs exactly this (with its
// own ports), and docs/deployment.md shows it with a deployment's addresses (nginx-config.test.ts
// keeps the two the same).

export type SiteOptions = {
  /** host:port of every app instance. */
  upstreams: string[];
  /** What the server block listens on, e.g. `127.0.0.1:8080` or `443 ssl`. */
  listen: string;
  /** Extra lines of the server block (server_name, TLS certificates). */
  serverLines?: string[];
};

export function siteConfig({ upstreams, listen, serverLines = [] }: SiteOptions): string {
  const indent = (lines: string[], depth: number) => lines.map((line) => `${'    '.repeat(depth)}${line}`).join('\n');
  return `# Round-robin over the instances. An instance that refuses connections or fails is left out
# for 10 s (max_fails, fail_timeout); its requests go to the next one (proxy_next_upstream).
upstream factdesk {
${indent(upstreams.map((u) => `server ${u} max_fails=1 fail_timeout=10s;`), 1)}
}

server {
${indent([`listen ${listen};`, ...serverLines], 1)}

    # Workspace backups are restored by upload (50 MB at most, lib/validations/backup.ts).
    client_max_body_size 51m;

    location / {
        proxy_pass http://factdesk;
        proxy_http_version 1.1;
        # No \`keepalive\` in the upstream, on purpose: a stopping instance closes its idle
        # connections, and a POST sent on one of those fails after it was sent, so it could not
        # go to the other instance. A new connection per request costs far less than a request.
        proxy_set_header Host $host;
        # The app reads the client address from this header, one hop from the right
        # (FACTDESK_TRUSTED_PROXY_HOPS=1; 2 with a CDN in front of nginx).
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto $scheme;
        proxy_set_header X-Forwarded-Host $host;
        proxy_connect_timeout 2s;
        proxy_read_timeout 60s;
        # Try the other instance when one refuses the connection (stopping, restarting, killed)
        # or fails before answering. nginx never resends a POST or PATCH that reached an
        # instance (no non_idempotent): a client retries those itself, a POST with the same
        # Idempotency-Key. 502/503 from the app are answered as they are: a 503 means the
        # database is out of reach, which the other instance shares.
        proxy_next_upstream error timeout;
        proxy_next_upstream_tries 2;
        proxy_next_upstream_timeout 10s;
    }
}
`;
}

/** A whole nginx.conf for an unprivileged nginx in the foreground, every path under `dir`. */
export function mainConfig(dir: string, site: string): string {
  return `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/nginx-error.log warn;
events { worker_connections 1024; }
http {
    access_log ${dir}/nginx-access.log;
    client_body_temp_path ${dir}/nginx-body;
    proxy_temp_path ${dir}/nginx-proxy;
    fastcgi_temp_path ${dir}/nginx-fastcgi;
    uwsgi_temp_path ${dir}/nginx-uwsgi;
    scgi_temp_path ${dir}/nginx-scgi;

${site}}
`;
}
