using System.Data.Common;

namespace WeiduEtl.Storage;

/// <summary>
/// The commands of one write transaction, each made once and run again for every row and issue of the transaction:
/// SQLite compiles a command's statement at its first run and keeps it with the command, so a batch of 32 pages
/// compiles each table's INSERT once instead of once a page.
/// </summary>
internal sealed class TransactionCommands(DbConnection connection, DbTransaction transaction) : IAsyncDisposable
{
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>The command running <paramref name="sql"/>, its parameters added by <paramref name="addParameters"/> when it is made.</summary>
    public DbCommand For(string sql, Action<DbCommand> addParameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            addParameters(command);
            _commands.Add(sql, command);
        }
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync();
        }
        _commands.Clear();
    }
}
