namespace Spectra.Generators.Deployments.Rendering;

/// <summary>
/// The chart's templates. They are the same for every service: everything service-specific is in the values, so a
/// values file alone says what an environment runs, and the templates render what the plain manifests show.
/// This file holds the shared helpers and the workload; ChartTemplates.Networking.cs the objects around it.
/// </summary>
internal static partial class ChartTemplates
{
    public const string Helpers = """
        {{- define "spectra.selectorLabels" -}}
        app.kubernetes.io/name: {{ .Chart.Name }}
        app.kubernetes.io/instance: {{ .Release.Name }}
        {{- end }}

        {{- define "spectra.labels" -}}
        {{ include "spectra.selectorLabels" . }}
        {{- with .Values.partOf }}
        app.kubernetes.io/part-of: {{ . | quote }}
        {{- end }}
        {{- with .Values.image.tag }}
        app.kubernetes.io/version: {{ . | quote }}
        {{- end }}
        {{- range $key, $value := .Values.labels }}
        {{ $key }}: {{ $value | quote }}
        {{- end }}
        {{- end }}

        {{- define "spectra.image" -}}
        {{- if .Values.image.digest -}}
        {{ .Values.image.repository }}@{{ .Values.image.digest }}
        {{- else if .Values.image.tag -}}
        {{ .Values.image.repository }}:{{ .Values.image.tag }}
        {{- else -}}
        {{ .Values.image.repository }}
        {{- end }}
        {{- end }}

        {{- define "spectra.podSpec" -}}
        {{- $security := .Values.security -}}
        {{- with .Values.serviceAccount }}
        serviceAccountName: {{ .name }}
        {{- end }}
        automountServiceAccountToken: {{ $security.automountServiceAccountToken }}
        securityContext:
          {{- if $security.runAsNonRoot }}
          runAsNonRoot: true
          {{- end }}
          runAsUser: {{ $security.runAsUser }}
          runAsGroup: {{ $security.runAsGroup }}
          fsGroup: {{ $security.fsGroup }}
        {{- end }}

        {{- define "spectra.containerBody" -}}
        {{- $security := .Values.security -}}
        image: {{ include "spectra.image" . | quote }}
        imagePullPolicy: {{ .Values.image.pullPolicy }}
        {{- if .Values.config }}
        envFrom:
          - configMapRef:
              name: {{ .Chart.Name }}-config
        {{- end }}
        {{- with .Values.secretEnv }}
        env:
          {{- range $name, $ref := . }}
          - name: {{ $name }}
            valueFrom:
              secretKeyRef:
                name: {{ $ref.secret }}
                key: {{ $ref.key | quote }}
          {{- end }}
        {{- end }}
        {{- with .Values.resources }}
        resources:
          {{- toYaml . | nindent 2 }}
        {{- end }}
        {{- end }}

        {{- define "spectra.containerSecurity" -}}
        {{- $security := .Values.security -}}
        securityContext:
          {{- if $security.runAsNonRoot }}
          runAsNonRoot: true
          {{- end }}
          readOnlyRootFilesystem: {{ $security.readOnlyRootFilesystem }}
          allowPrivilegeEscalation: {{ $security.allowPrivilegeEscalation }}
          privileged: false
          {{- if $security.dropAllCapabilities }}
          capabilities:
            drop:
              - ALL
          {{- end }}
          seccompProfile:
            type: {{ $security.seccompProfile }}
        volumeMounts:
          - name: tmp
            mountPath: /tmp
        {{- end }}

        {{- define "spectra.probe" -}}
        httpGet:
          path: {{ .path | quote }}
          port: {{ .port }}
        {{- range $key := list "initialDelaySeconds" "periodSeconds" "timeoutSeconds" "failureThreshold" }}
        {{- if hasKey $ $key }}
        {{ $key }}: {{ get $ $key }}
        {{- end }}
        {{- end }}
        {{- end }}
        """;

    public const string ConfigMap = """
        {{- if .Values.config }}
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: {{ .Chart.Name }}-config
          namespace: {{ .Release.Namespace }}
          labels:
            {{- include "spectra.labels" . | nindent 4 }}
        data:
          {{- range $key, $value := .Values.config }}
          {{ $key }}: {{ $value | quote }}
          {{- end }}
        {{- end }}
        """;

    public const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: {{ .Chart.Name }}
          namespace: {{ .Release.Namespace }}
          labels:
            {{- include "spectra.labels" . | nindent 4 }}
        spec:
          {{- if and (not .Values.autoscaling) (hasKey .Values "replicaCount") }}
          replicas: {{ .Values.replicaCount }}
          {{- end }}
          selector:
            matchLabels:
              {{- include "spectra.selectorLabels" . | nindent 6 }}
          template:
            metadata:
              labels:
                {{- include "spectra.labels" . | nindent 8 }}
            spec:
              {{- include "spectra.podSpec" . | nindent 6 }}
              containers:
                - name: {{ .Chart.Name }}
                  {{- include "spectra.containerBody" . | nindent 10 }}
                  {{- with .Values.ports }}
                  ports:
                    {{- range . }}
                    - name: {{ .name }}
                      containerPort: {{ .containerPort }}
                      protocol: {{ .protocol }}
                    {{- end }}
                  {{- end }}
                  {{- with .Values.probes }}
                  {{- with .liveness }}
                  livenessProbe:
                    {{- include "spectra.probe" . | nindent 12 }}
                  {{- end }}
                  {{- with .readiness }}
                  readinessProbe:
                    {{- include "spectra.probe" . | nindent 12 }}
                  {{- end }}
                  {{- with .startup }}
                  startupProbe:
                    {{- include "spectra.probe" . | nindent 12 }}
                  {{- end }}
                  {{- end }}
                  {{- include "spectra.containerSecurity" . | nindent 10 }}
              volumes:
                - name: tmp
                  emptyDir: {}
        """;
}
