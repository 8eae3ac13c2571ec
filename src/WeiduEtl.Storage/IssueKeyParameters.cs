using System.Data;
using System.Data.Common;
using WeiduEtl.Core.Rows;

namespace WeiduEtl.Storage;

/// <summary>
/// The parameters <c>@IssueId</c>, <c>@Pipeline</c> and <c>@SourceUri</c> by which a stored issue is replaced, for a
/// command <see cref="TransactionCommands"/> keeps and runs again for each issue.
/// </summary>
internal static class IssueKeyParameters
{
    public static void Add(DbCommand command)
    {
        foreach (var name in (string[])["@IssueId", "@Pipeline", "@SourceUri"])
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.DbType = DbType.String;
            command.Parameters.Add(parameter);
        }
    }

    public static DbCommand Bind(DbCommand command, IssueRow issue)
    {
        command.Parameters[0].Value = issue.IssueId;
        command.Parameters[1].Value = issue.Pipeline;
        command.Parameters[2].Value = issue.SourceUri;
        return command;
    }
}
