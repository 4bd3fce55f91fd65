using System.Collections.Generic;
using Spectra.Generators.Common;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Parsing;

/// <summary>Parses the pieces that appear at both workflow and job level.</summary>
internal sealed class SharedParser(ValueReader reader)
{
    public static PermissionsModel? Permissions(ObjectValue? value)
    {
        if (value is null)
        {
            return null;
        }

        var scopes = new List<StringPair>();
        foreach (var field in value.Fields)
        {
            if (field.Value is EnumValue level)
            {
                scopes.Add(new StringPair(Naming.Kebab(field.Key), level.Member.ToLowerInvariant()));
            }
        }

        return new PermissionsModel(scopes.ToEquatableArray());
    }

    public ConcurrencyModel? Concurrency(ObjectValue? value, string path) =>
        value is null ? null : new ConcurrencyModel(path, reader.String(value, "Group", path) ?? "", reader.Bool(value, "CancelInProgress", path));

    public DefaultsModel? Defaults(ObjectValue? value, string path) =>
        value is null ? null : new DefaultsModel(path, reader.String(value, "Shell", path), reader.String(value, "WorkingDirectory", path));

    public ContainerModel? Container(ObjectValue? value, string path)
    {
        if (value is null)
        {
            return null;
        }

        var credentials = reader.Object(value, "Credentials", path);
        var credentialsPath = ValuePath.Field(path, "Credentials");
        return new ContainerModel(
            reader.String(value, "Image", path) ?? "",
            reader.String(credentials, "Username", credentialsPath),
            reader.String(credentials, "Password", credentialsPath),
            reader.StringMap(value, "Env", path),
            reader.StringList(value, "Ports", path),
            reader.StringList(value, "Volumes", path),
            reader.String(value, "Options", path));
    }
}
