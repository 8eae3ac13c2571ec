using System.Data;
using System.Data.Common;

namespace WeiduEtl.Storage;

/// <summary>The parameters <c>@IssueId</c> and <c>@Content</c> of a stored source, for a command <see cref="TransactionCommands"/> keeps.</summary>
internal static class SourceParameters
{
    public static void Add(DbCommand command)
    {
        var issueId = command.CreateParameter();
        issueId.ParameterName = "@IssueId";
        issueId.DbType = DbType.String;
        command.Parameters.Add(issueId);
        var content = command.CreateParameter();
        content.ParameterName = "@Content";
        content.DbType = DbType.Binary;
        command.Parameters.Add(content);
    }

    public static DbCommand Bind(DbCommand command, string issueId, byte[] content)
    {
        command.Parameters[0].Value = issueId;
        command.Parameters[1].Value = content;
        return command;
    }
}
