@echo off
rem logokit for Windows: finds a Java 25 and runs logokit.jar with the JVM options of the POSIX
rem launcher (bin\logokit; see it for why each), without its start-up cache.
rem The jar lies beside this file or in ..\lib (the release zip's bin\ and lib\).
rem Java: the first of these that is 25 or newer, by the JAVA_VERSION of its release file (a
rem java without one is asked): LOGOKIT_JAVA_HOME (when set, it must be one), JAVA_HOME, java
rem on PATH. None: one line on stderr saying what to install and where it looked, exit 2.
rem Extra JVM options go in LOGOKIT_JAVA_OPTS, split at spaces: set LOGOKIT_JAVA_OPTS=-Xmx1g
rem Paths are only ever expanded outside parenthesised blocks, where a ")" in one (Program
rem Files (x86)) would end the block.
setlocal EnableExtensions DisableDelayedExpansion

set "LK_JAR=%~dp0logokit.jar"
if not exist "%LK_JAR%" set "LK_JAR=%~dp0..\lib\logokit.jar"
if not exist "%LK_JAR%" goto nojar
set "LK_NEED=25"
set "LK_JAVA="
set "LK_SEEN="

if not defined LOGOKIT_JAVA_HOME goto javahome
call :tryhome "%LOGOKIT_JAVA_HOME%"
if defined LK_JAVA goto run
>&2 echo error: LOGOKIT_JAVA_HOME=%LOGOKIT_JAVA_HOME% is not a Java %LK_NEED% or newer (%LK_SEEN%): point it at the folder of a JDK %LK_NEED%, or unset it to have logokit look for one
exit /b 2

:javahome
set "LK_LOOKED=JAVA_HOME (unset)"
if not defined JAVA_HOME goto pathjava
call :tryhome "%JAVA_HOME%"
if defined LK_JAVA goto run
set "LK_LOOKED=JAVA_HOME (%JAVA_HOME%: %LK_SEEN%)"

:pathjava
set "LK_PATHJAVA="
for %%J in (java.exe) do set "LK_PATHJAVA=%%~$PATH:J"
if defined LK_PATHJAVA goto pathhome
set "LK_LOOKED=%LK_LOOKED%, java on PATH (none)"
goto none
:pathhome
for %%F in ("%LK_PATHJAVA%") do for %%D in ("%%~dpF..") do set "LK_PATHHOME=%%~fD"
call :tryhome "%LK_PATHHOME%"
if defined LK_JAVA goto run
if not "%LK_SEEN%"=="no release file" goto pathold
call :ask "%LK_PATHJAVA%"
if defined LK_JAVA goto run
:pathold
set "LK_LOOKED=%LK_LOOKED%, java on PATH (%LK_PATHJAVA%: %LK_SEEN%)"

:none
>&2 echo error: logokit needs Java %LK_NEED% or newer and found none: install a JDK %LK_NEED% (Temurin %LK_NEED% from adoptium.net) or set LOGOKIT_JAVA_HOME to one; looked in %LK_LOOKED%
exit /b 2

:nojar
>&2 echo error: no logokit.jar beside %~f0 or in %~dp0..\lib: reinstall logokit
exit /b 2

:run
"%LK_JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC --enable-native-access=ALL-UNNAMED -Dsun.java2d.renderer.subPixel_log2_X=@MARLIN_X@ -Dsun.java2d.renderer.subPixel_log2_Y=@MARLIN_Y@ "-Dlogokit.aotCache=none:the Windows launcher makes none" %LOGOKIT_JAVA_OPTS% -jar "%LK_JAR%" %*
exit /b %ERRORLEVEL%

:tryhome
rem %1, a folder: LK_JAVA is its java.exe when it is Java %LK_NEED% or newer; else LK_SEEN says why not.
set "LK_SEEN=no bin\java.exe"
set "LK_VERSION="
if not exist "%~1\bin\java.exe" exit /b 1
set "LK_SEEN=no release file"
if not exist "%~1\release" exit /b 1
for /f "usebackq tokens=1,* delims==" %%A in ("%~1\release") do if "%%A"=="JAVA_VERSION" set "LK_VERSION=%%~B"
call :recent
if errorlevel 1 exit /b 1
set "LK_JAVA=%~1\bin\java.exe"
exit /b 0

:ask
rem %1, a java.exe without a release file: LK_JAVA is %1 when it says it is Java %LK_NEED% or newer.
set "LK_VERSION="
for /f "tokens=1,2,*" %%A in ('""%~1" -XshowSettings:properties -version 2^>^&1"') do if "%%A"=="java.version" set "LK_VERSION=%%C"
call :recent
if errorlevel 1 exit /b 1
set "LK_JAVA=%~1"
exit /b 0

:recent
rem LK_VERSION (25.0.3, 1.8.0_412, ...) is %LK_NEED% or newer: errorlevel 0.
set "LK_SEEN=Java %LK_VERSION%"
set "LK_FEATURE=0"
for /f "tokens=1 delims=.+-_" %%V in ("%LK_VERSION%") do set "LK_FEATURE=%%V"
set /a "LK_FEATURE=LK_FEATURE+0" 2>nul
if %LK_FEATURE% LSS %LK_NEED% exit /b 1
exit /b 0
