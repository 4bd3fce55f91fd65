namespace Spectra;

/// <summary>The type of a workflow input.</summary>
public enum InputType
{
    /// <summary>Free text.</summary>
    String,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>A number.</summary>
    Number,

    /// <summary>One of <see cref="WorkflowInput.Options"/> (dispatch only).</summary>
    Choice,

    /// <summary>One of the repository's environments (dispatch only).</summary>
    Environment,
}
