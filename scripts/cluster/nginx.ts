import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// Debian's nginx (apt-get install nginx), or the one NGINX_PATH names.
export function nginxBinary(): string {
  const candidates = [process.env.NGINX_PATH, "/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx"];
  const found = candidates.find((candidate) => candidate && fs.existsSync(candidate));
  if (!found)
    throw new Error(
      "nginx is not installed. On Debian or Ubuntu: sudo apt-get install nginx (or set NGINX_PATH to an nginx binary).",
    );
  return found;
}

// A configuration of its own, under .data/cluster: nothing of the system's nginx is used.
export function writeNginxConfig(folder: string, port: number, instancePorts: number[]): string {
  fs.mkdirSync(path.join(folder, "logs"), { recursive: true });
  const file = path.join(folder, "nginx.conf");
  const upstream = instancePorts.map((instance) => `    server 127.0.0.1:${instance};`).join("\n");
  fs.writeFileSync(
    file,
    `# Written by npm run cluster: nginx in front of ${instancePorts.length} portal processes.
${process.getuid?.() === 0 ? "user root;\n" : ""}worker_processes 1;
pid ${path.join(folder, "nginx.pid")};
error_log ${path.join(folder, "logs", "error.log")} warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${path.join(folder, "client_body")};
  proxy_temp_path ${path.join(folder, "proxy")};
  fastcgi_temp_path ${path.join(folder, "fastcgi")};
  uwsgi_temp_path ${path.join(folder, "uwsgi")};
  scgi_temp_path ${path.join(folder, "scgi")};
  client_max_body_size 2m;
  upstream portal {
${upstream}
    keepalive 32;
  }
  server {
    listen ${port};
    location / {
      proxy_pass http://portal;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      # Downloads stream for seconds: pass them on as they come.
      proxy_buffering off;
      proxy_read_timeout 120s;
    }
  }
}
`,
  );
  execFileSync(nginxBinary(), ["-t", "-q", "-p", folder, "-c", file], { stdio: "inherit" });
  return file;
}
