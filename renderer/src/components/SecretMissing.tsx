/** Said wherever a profile is offered whose secret the keychain no longer holds. */
export function SecretMissing() {
  return (
    <span className="block notice-hint" data-testid="secret-missing">
      Its API secret is no longer in the system keychain, so it cannot sign anything. Import the secret again
      on the Profiles screen (as a new profile with the same API key) and delete this one, or use another
      profile.
    </span>
  );
}
