using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace NdrBot.Triage.Storage.Sqlite;

/// <summary>
/// The process's one SQLite writing connection, kept open between writes and used by one writer at a time (under the
/// <see cref="WriterGate"/>). Kept, its page cache stays valid: a pooled connection finds the pages stale whenever
/// another connection wrote since its last use (WAL mode) and reads them again. Its statements are prepared once and
/// kept, up to <paramref name="maxStatements"/> texts (Microsoft.Data.Sqlite prepares per command, so every write
/// parsed and planned its SQL again).
/// </summary>
internal sealed class KeptSqliteConnection(string connectionString, int maxStatements) : SqliteConnection(connectionString)
{
    private readonly Dictionary<string, KeptStatement> idle = new(StringComparer.Ordinal);

    /// <summary>How many commands were made on this connection (each prepares its SQL on first use; a kept one is reused).</summary>
    public int StatementsMade { get; private set; }

    /// <summary>A command for <paramref name="sql"/>: the kept one, prepared already, when it is not in use.</summary>
    public DbCommand Statement(string sql)
    {
        ArgumentNullException.ThrowIfNull(sql);
        if (idle.Remove(sql, out var kept))
        {
            return kept;
        }

        StatementsMade++;
        return new KeptStatement(this) { CommandText = sql };
    }

    /// <summary>Takes a statement back after use; false when it is not to be kept (then it is disposed).</summary>
    private bool TryKeep(KeptStatement statement)
    {
        if (State != System.Data.ConnectionState.Open || idle.Count >= maxStatements || idle.ContainsKey(statement.CommandText))
        {
            return false;
        }

        idle[statement.CommandText] = statement;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            var statements = idle.Values.ToList();
            idle.Clear();
            foreach (var statement in statements)
            {
                statement.Release();
            }
        }

        base.Dispose(disposing);
    }

    /// <summary>A command that goes back to its connection when disposed, keeping its prepared statement.</summary>
    private sealed class KeptStatement : SqliteCommand
    {
        private readonly KeptSqliteConnection owner;
        private bool released;

        public KeptStatement(KeptSqliteConnection owner)
        {
            this.owner = owner;
            Connection = owner;
        }

        public void Release()
        {
            released = true;
            Dispose();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && !released && DataReader is null)
            {
                Parameters.Clear();
                Transaction = null;
                if (owner.TryKeep(this))
                {
                    return;
                }
            }

            released = true;
            base.Dispose(disposing);
        }
    }
}
