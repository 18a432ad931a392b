# Sourced by run.sh and profile-github.sh: fetches GitHub's OpenAPI description once into
# bench/target/github (npm pack @octokit/openapi) and sets GITHUB_JSON to its path, or leaves
# GITHUB_NOTE saying why it is missing.
GITHUB_DIR=bench/target/github
GITHUB_JSON="$GITHUB_DIR/package/generated/api.github.com.json"
GITHUB_NOTE=""
if [ ! -f "$GITHUB_JSON" ]; then
  if command -v npm >/dev/null 2>&1; then
    mkdir -p "$GITHUB_DIR"
    if ! (cd "$GITHUB_DIR" && npm pack @octokit/openapi --silent >../github-npm.log 2>&1 &&
      tar xzf octokit-openapi-*.tgz package/generated/api.github.com.json); then
      GITHUB_NOTE="npm pack @octokit/openapi failed; see bench/target/github-npm.log"
    fi
  else
    GITHUB_NOTE="npm is not installed, so GitHub's description could not be fetched"
  fi
fi
