namespace NdrBot.Triage.Storage.Sqlite;

/// <summary>SQLite schema steps. Instants are Unix milliseconds (INTEGER), lists are JSON text.</summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "cases and history", """
            CREATE TABLE cases (
                id TEXT PRIMARY KEY,
                conversation TEXT NOT NULL,
                thread_id TEXT NULL,
                codes TEXT NOT NULL,
                recipients TEXT NOT NULL,
                reason TEXT NULL,
                created_by TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                last_seen_at INTEGER NOT NULL,
                repeat_count INTEGER NOT NULL DEFAULT 0,
                status TEXT NOT NULL,
                owner TEXT NULL,
                resolution TEXT NULL,
                version INTEGER NOT NULL,
                checklist_id TEXT NULL,
                checklist_done TEXT NOT NULL DEFAULT '[]');
            CREATE INDEX ix_cases_conversation ON cases (conversation, status, created_at);
            CREATE INDEX ix_cases_owner ON cases (owner, status, created_at);
            CREATE INDEX ix_cases_created_at ON cases (created_at);
            CREATE TABLE case_codes (
                case_id TEXT NOT NULL REFERENCES cases (id), code TEXT NOT NULL, PRIMARY KEY (case_id, code));
            CREATE INDEX ix_case_codes_code ON case_codes (code);
            CREATE TABLE case_recipients (
                case_id TEXT NOT NULL REFERENCES cases (id), recipient TEXT NOT NULL, PRIMARY KEY (case_id, recipient));
            CREATE INDEX ix_case_recipients_recipient ON case_recipients (recipient);
            CREATE TABLE case_events (
                case_id TEXT NOT NULL REFERENCES cases (id),
                seq INTEGER NOT NULL,
                actor TEXT NOT NULL,
                verb TEXT NOT NULL,
                text TEXT NULL,
                at INTEGER NOT NULL,
                PRIMARY KEY (case_id, seq));
            """),
        new(2, "seen Slack event ids", """
            CREATE TABLE seen_events (event_id TEXT PRIMARY KEY, seen_at INTEGER NOT NULL);
            CREATE INDEX ix_seen_events_seen_at ON seen_events (seen_at);
            """),
        new(3, "card references", """
            CREATE TABLE card_references (
                case_id TEXT PRIMARY KEY REFERENCES cases (id),
                channel TEXT NOT NULL,
                conversation_id TEXT NOT NULL,
                service_url TEXT NULL,
                message_id TEXT NOT NULL,
                updated_at INTEGER NOT NULL);
            """),
        new(4, "outbox", """
            CREATE TABLE outbox (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                channel TEXT NOT NULL,
                conversation_id TEXT NOT NULL,
                kind TEXT NOT NULL,
                payload TEXT NOT NULL,
                case_id TEXT NULL,
                created_at INTEGER NOT NULL,
                next_attempt_at INTEGER NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                done_at INTEGER NULL);
            CREATE INDEX ix_outbox_due ON outbox (done_at, next_attempt_at);
            """),
        new(5, "outbox dead letters", """
            ALTER TABLE outbox ADD COLUMN dead_at INTEGER NULL;
            ALTER TABLE outbox ADD COLUMN last_error TEXT NULL;
            """),
        new(6, "notes of a case by verb", """
            CREATE INDEX ix_case_events_verb ON case_events (case_id, verb, seq);
            """),
        new(7, "channels named as the cases name them (msteams, not teams)", """
            UPDATE card_references SET channel = 'msteams' WHERE channel = 'teams';
            UPDATE outbox SET channel = 'msteams' WHERE channel = 'teams';
            """),
        new(8, "what the answer that opened a case showed (JSON)", """
            ALTER TABLE cases ADD COLUMN details TEXT NULL;
            """),
        new(9, "random case keys with short codes per conversation; people by id with their names", """
            ALTER TABLE cases ADD COLUMN code TEXT NULL;
            UPDATE cases SET code = id;
            CREATE INDEX ix_cases_code ON cases (conversation, code);
            ALTER TABLE cases ADD COLUMN owner_name TEXT NULL;
            ALTER TABLE cases ADD COLUMN created_by_name TEXT NULL;
            ALTER TABLE case_events ADD COLUMN actor_name TEXT NULL;
            """),
        new(10, "repeats found by conversation and recipient", """
            ALTER TABLE case_recipients ADD COLUMN conversation TEXT NULL;
            UPDATE case_recipients SET conversation = (SELECT c.conversation FROM cases c WHERE c.id = case_recipients.case_id);
            CREATE INDEX ix_case_recipients_conversation ON case_recipients (conversation, recipient);
            DROP INDEX ix_case_recipients_recipient;
            """),
    ];
}
