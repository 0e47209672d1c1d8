# syntax=docker/dockerfile:1
#
# The crowdsprint image: `crowdsprint serve` as an unprivileged user, with the SQLite database
# (if used) in the volume /var/lib/crowdsprint. Build from a clone, naming the commit, as the
# build context has no .git (see .dockerignore) for `crowdsprint --version` to read:
#
#   docker build --build-arg CROWDSPRINT_COMMIT="$(git rev-parse --short=12 HEAD)" \
#     -t crowdsprint:"$(git rev-parse --short=12 HEAD)" .
#
# Run it (the environment file is deploy/systemd/crowdsprint.env.example filled in; --read-only
# and --tmpfs /tmp because it writes nothing but the volume and SQLite's temporary files):
#
#   docker run -d --name crowdsprint --env-file crowdsprint.env \
#     -v crowdsprint-data:/var/lib/crowdsprint -p 127.0.0.1:8080:8080 \
#     --stop-timeout 30 --read-only --tmpfs /tmp \
#     --cap-drop ALL --security-opt no-new-privileges crowdsprint:<commit>
#
# --stop-timeout 30: on SIGTERM serve settles the deliveries it holds for up to 10 s, and
# docker's default of 10 s before SIGKILL could cut that short. Other commands run in the same
# container: `docker exec crowdsprint crowdsprint backup /var/lib/crowdsprint/backup-1.db`.
#
# No HEALTHCHECK: the slim image has no HTTP client to run one with, and adding one (curl)
# only for that would put a network tool in every container. Orchestrators should probe
# the HTTP listener themselves: GET /healthz for liveness (restart when it fails) and
# GET /readyz for readiness (take out of rotation on 503), both on port 8080.

# --- build -----------------------------------------------------------------------------------
# Any Rust 1.x new enough for the workspace's rust-version (1.95, Cargo.toml): cargo refuses to
# build with an older one, saying so.
FROM rust:1-bookworm AS build
WORKDIR /src
# The whole workspace at once, then cargo's registry and target folder kept between builds as
# BuildKit cache mounts: an unchanged dependency is not compiled again. The usual alternative,
# copying the manifests first and building the dependencies against stub sources, would need
# a stub for every target the six members declare (the server's build script and benchmarks,
# the tests crate's benchmarks) and would break silently as they change; correctness first.
COPY . .
# build.rs reads it (the commit --version names); "unknown" when not given.
ARG CROWDSPRINT_COMMIT=
# scripts/build-dist needs objcopy, which this image has (binutils). It builds the release
# binary and splits its debug info into crowdsprint.debug beside it, in /out.
RUN --mount=type=cache,target=/usr/local/cargo/registry,sharing=locked \
    --mount=type=cache,target=/usr/local/cargo/git,sharing=locked \
    --mount=type=cache,target=/src/target,sharing=locked \
    scripts/build-dist /out

# --- runtime ---------------------------------------------------------------------------------
FROM debian:bookworm-slim
ARG CROWDSPRINT_COMMIT=
LABEL org.opencontainers.image.title="crowdsprint" \
      org.opencontainers.image.description="Crowdsourcing sprints from the chat apps people already use" \
      org.opencontainers.image.licenses="MIT" \
      org.opencontainers.image.revision="${CROWDSPRINT_COMMIT}"
# CA certificates only: everything else the binary needs is in it (SQLite is compiled in) or
# in the base image (glibc). Not pinned to a version: each build should get the current one.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
# A fixed uid and gid, so a bind-mounted data folder can be given to it in advance
# (chown 10001:10001) and files keep their owner across image versions.
RUN groupadd --system --gid 10001 crowdsprint \
    && useradd --system --uid 10001 --gid 10001 --no-create-home \
       --home-dir /var/lib/crowdsprint --shell /usr/sbin/nologin crowdsprint \
    && install -d -o 10001 -g 10001 -m 0700 /var/lib/crowdsprint
# The debug info goes beside the binary, where its .gnu_debuglink makes backtraces find it (by
# name and checksum): a panic's backtrace then names functions, files and lines.
COPY --from=build /out/crowdsprint /usr/local/bin/crowdsprint
COPY --from=build /out/crowdsprint.debug /usr/local/bin/crowdsprint.debug

# The default 127.0.0.1:8080 cannot be reached from outside the container.
ENV CROWDSPRINT_HTTP_ADDR=0.0.0.0:8080 \
    DATABASE_URL=sqlite:///var/lib/crowdsprint/crowdsprint.db
WORKDIR /var/lib/crowdsprint
VOLUME ["/var/lib/crowdsprint"]
USER 10001:10001
EXPOSE 8080
# No init process (tini): serve is PID 1 and handles SIGTERM and SIGINT itself (it stops
# taking work, settles what it holds and exits), and it starts no child processes, so there
# are no orphans to reap. `docker run --init` adds one if your platform wants it anyway.
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/local/bin/crowdsprint"]
CMD ["serve"]
